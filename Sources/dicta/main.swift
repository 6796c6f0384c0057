print("dicta")
