# Text that starts a list or a code block when it starts a line (the
# authority and service line of plan status --format markdown).
text_repo '    1. - + www.evil.example'
