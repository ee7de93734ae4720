// Package bench holds socklab's speed benchmarks: bytes, lines and round
// trips through the sock and frame packages, measured side by side in one
// run against the same script compiled with go build, plain Go, and python3.
// Each benchmark runs every variant once per round, interleaved, and
// reports the median of each and their ratios. Run them all with
//
//	go test ./bench ./runner -run '^$' -bench . -benchtime 1x
//
// (the start-up benchmark lives in ./runner). SOCKLAB_BENCH_ROUNDS sets the
// rounds, 3 by default. They run only with -bench, so
// `go test ./...` does not pay for them.
package bench
