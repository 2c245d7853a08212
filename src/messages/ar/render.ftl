# render messages (ar)
