# PLAN_SANITIZE=ON builds everything with ASan and UBSan; any report aborts the
# process, so a test that triggers one fails.
if(PLAN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
