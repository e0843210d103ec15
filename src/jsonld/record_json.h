// The metadata record as the JSON object `archtei inspect --json` prints.
#pragma once

#include <string>
#include <vector>

#include "model/metadata.h"
#include "model/source_span.h"

namespace archtei {

/// One record as a JSON object with exactly the documented keys; absent values are null or [].
std::string write_record_json(const Metadata& record, int indent = 2);
/// Several records as a JSON array.
std::string write_records_json(const std::vector<Metadata>& records, int indent = 2);

/// The record with one more key, "spans": an object keyed like the record (without "file"),
/// a scalar field mapping to a list of spans, a list field to a list parallel to its values
/// (each a list of spans), an archival reference or credit to an object with its own keys.
/// A span is {"line", "column", "end_line", "end_column", "offset", "length"}. "spans" is
/// null when `spans.traced` is false (a document not read from text).
std::string write_record_json(const Metadata& record, const RecordSpans& spans, int indent = 2);
/// Several records with their spans (parallel lists) as a JSON array.
std::string write_records_json(const std::vector<Metadata>& records, const std::vector<RecordSpans>& spans,
                               int indent = 2);

}  // namespace archtei
