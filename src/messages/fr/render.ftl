# render messages (fr)
