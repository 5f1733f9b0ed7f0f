# zsh -f zsh-complete.zsh SCRIPT WORDS: loads SCRIPT in an interactive zsh on a
# pseudo-terminal, types WORDS and Tab, and prints the line as completion left
# it ("BUF:plan status").
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT='>' ; autoload -U compinit; compinit -u -D; source $1; zstyle ':completion:*' list-prompt ''; unsetopt beep"
zpty -w z "print READY"
zpty -r -m z out '*READY*READY*' 
zpty -w -n z "$2"$'\t'
sleep 1
zpty -w -n z $'\x01print -r -- BUF:\n'
zpty -w z "print DONE"
zpty -r -m z out '*DONE*DONE*'
print -r -- "$out"
zpty -d z
