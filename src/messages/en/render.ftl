# render messages (en)
