# LANG and LC_ALL name locales that are not installed (std::locale("")
# throws on them): the view is printed as in any other locale.
valid_repo
