# Block quotes.
text_repo $'> quoted\n>> nested'
