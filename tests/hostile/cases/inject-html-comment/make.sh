# An unclosed HTML comment that would hide the rest of the paper.
text_repo \<\!--\ everything\ after\ this\ is\ hidden
