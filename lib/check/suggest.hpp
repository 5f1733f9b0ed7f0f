#pragma once
// "Did you mean" moved to model/suggest.hpp (query uses it too); this name
// stays so that code written against it still builds.
#include "model/suggest.hpp"
