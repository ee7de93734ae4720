package script

import (
	"strconv"
	"strings"
)

// defaultMemProfileRate is Go's runtime.MemProfileRate where a program
// keeps the memory profile and GODEBUG does not set it.
const defaultMemProfileRate = 512 * 1024

// memProfileRate returns runtime.MemProfileRate as a Go build of the
// script starts with it under the GODEBUG setting godebug: 0 where it
// cannot read the profile (see typecheck.MemProfiled), else the last
// memprofilerate=N in godebug, or Go's default. The script process itself
// starts with no sampling (spawn.NoProfile), so this is what it sets
// before the script runs.
func memProfileRate(profiled bool, godebug string) int {
	if !profiled {
		return 0
	}
	rate := defaultMemProfileRate
	for _, kv := range strings.Split(godebug, ",") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == "memprofilerate" {
			if n, err := strconv.Atoi(v); err == nil {
				rate = n
			}
		}
	}
	return rate
}
