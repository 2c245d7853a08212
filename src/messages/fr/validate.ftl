# validate messages (fr)
