# A %YAML 1.1 directive asks for 1.1 typing ("no" is false); plan reads
# YAML 1.2 only, so it must refuse the directive rather than ignore it.
valid_repo
edit actions/one.yaml 's/^/%YAML 1.1\n---\n/'
