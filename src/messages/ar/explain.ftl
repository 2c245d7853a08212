# explain messages (ar)
