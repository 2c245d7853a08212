# load messages (fr)
