# $GITHUB_STEP_SUMMARY names the plan's own plan.yaml: the summary is not
# appended to the plan (the global check finds the repository unchanged);
# the run is refused as -o would be.
valid_repo
