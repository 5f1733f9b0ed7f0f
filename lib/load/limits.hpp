#pragma once
// Limits on what the loader reads. docs/security.md states them to users.
#include <cstddef>

namespace plan::limits {

constexpr std::size_t kMaxFileBytes = 8u << 20;      // one YAML file
constexpr std::size_t kMaxFiles = 5000;              // files in actions/ and kpis/ together
constexpr int kMaxDepth = 32;                        // nesting of mappings and sequences
constexpr int kMaxLagDays = 1000;                    // a KPI's lag, as kpi.schema.json bounds it
constexpr std::size_t kMaxKeyBytes = 200;            // one mapping key
constexpr std::size_t kMaxScalarBytes = 100000;      // one value (the schema caps text lower)

}  // namespace plan::limits
