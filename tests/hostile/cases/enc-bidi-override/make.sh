# A right-to-left override in a title (Trojan Source).
valid_repo
edit actions/one.yaml 's/to reduce caseloads/to \xe2\x80\xaesdaolesac ecuder/'
