# validate messages (ar)
