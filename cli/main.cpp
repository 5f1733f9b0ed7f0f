#include "app.hpp"

int main(int argc, char** argv) { return plan::cli::run(argc, argv); }
