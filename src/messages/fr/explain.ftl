# explain messages (fr)
