package script

import (
	"maps"
	"math/rand"
	randv2 "math/rand/v2"
	"os"
	"reflect"
	"strings"
	"sync"
)

// seeded makes a script run with --seed N draw the same numbers every time.
// It seeds math/rand's global source, which the script and the compiled
// helper packages share (rand.Seed is a no-op in current Go unless the
// randseednop setting is off, and a script process is ours to set), and it
// replaces the top-level functions of math/rand/v2, whose global source
// cannot be seeded, in syms with the methods of a seeded generator.
func seeded(syms exports, seed int64) {
	os.Setenv("GODEBUG", strings.TrimPrefix(os.Getenv("GODEBUG")+",randseednop=0", ","))
	rand.Seed(seed) //nolint:staticcheck // deliberately the global source
	v2 := randv2.New(&lockedSource2{src: randv2.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15)})
	replaceWithMethods(syms, "math/rand/v2/rand", reflect.ValueOf(v2))
}

func replaceWithMethods(syms exports, pkg string, gen reflect.Value) {
	m := maps.Clone(syms[pkg])
	for name, fn := range m {
		if fn.Kind() != reflect.Func {
			continue
		}
		if meth := gen.MethodByName(name); meth.IsValid() && meth.Type() == fn.Type() {
			m[name] = meth
		}
	}
	syms[pkg] = m
}

// lockedSource2 makes a math/rand/v2 source safe for a script's goroutines.
type lockedSource2 struct {
	mu  sync.Mutex
	src randv2.Source
}

func (s *lockedSource2) Uint64() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.src.Uint64()
}
