package script

import (
	"maps"
	"math/rand"
	randv2 "math/rand/v2"
	"reflect"
	"sync"
)

// seeded replaces the top-level functions of math/rand and math/rand/v2 in
// syms with the methods of generators seeded with seed, so that a script run
// with --seed N draws the same numbers every time. (rand.Seed is a no-op in
// current Go, so seeding the global source is not enough.)
func seeded(syms exports, seed int64) {
	v1 := rand.New(&lockedSource{src: rand.NewSource(seed).(rand.Source64)})
	v2 := randv2.New(&lockedSource2{src: randv2.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15)})
	replaceWithMethods(syms, "math/rand/rand", reflect.ValueOf(v1))
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

// lockedSource makes a math/rand source safe for a script's goroutines.
type lockedSource struct {
	mu  sync.Mutex
	src rand.Source64
}

func (s *lockedSource) Int63() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.src.Int63()
}

func (s *lockedSource) Uint64() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.src.Uint64()
}

func (s *lockedSource) Seed(seed int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.src.Seed(seed)
}

// lockedSource2 is lockedSource for math/rand/v2.
type lockedSource2 struct {
	mu  sync.Mutex
	src randv2.Source
}

func (s *lockedSource2) Uint64() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.src.Uint64()
}
