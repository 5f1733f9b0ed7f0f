# GitHub math in every text field: $\color{...}{...}$ could colour a title or
# show other words in its place, and $$...$$ is a display block.
text_repo '$\color{green}{\textsf{Complete}}$ $$\text{on track}$$ costs $5'
