# A task list item.
text_repo $'- [ ] task\n- [x] done'
