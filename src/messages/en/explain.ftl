# explain messages (en)
