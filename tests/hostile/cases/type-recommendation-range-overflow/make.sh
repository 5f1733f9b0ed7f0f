# A range whose numbers overflow int: "2-99999999999".
valid_repo
edit actions/one.yaml 's/recommendations: \["2-3"\]/recommendations: ["2-99999999999"]/'
