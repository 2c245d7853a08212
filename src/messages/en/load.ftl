# load messages (en)
