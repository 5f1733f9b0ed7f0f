# -o names a new .yml file in kpis/.
valid_repo
