# validate messages (en)
