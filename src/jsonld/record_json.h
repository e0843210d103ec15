// The metadata record as the JSON object `archtei inspect --json` prints.
#pragma once

#include <string>
#include <vector>

#include "model/metadata.h"

namespace archtei {

/// One record as a JSON object with exactly the documented keys; absent values are null or [].
std::string write_record_json(const Metadata& record, int indent = 2);
/// Several records as a JSON array.
std::string write_records_json(const std::vector<Metadata>& records, int indent = 2);

}  // namespace archtei
