# plan schema actions to a full standard output: the schema is lost, so the
# run must fail (editors' set-up scripts redirect it to a file).
