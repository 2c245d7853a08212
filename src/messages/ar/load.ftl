# load messages (ar)
