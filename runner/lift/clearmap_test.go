package lift

import (
	"math"
	"testing"
)

func TestClearMapNaNKeys(t *testing.T) {
	m := map[float64]string{1: "one"}
	m[math.NaN()] = "a"
	m[math.NaN()] = "b"
	alias := m
	ClearMap(m)
	if len(m) != 0 || len(alias) != 0 {
		t.Fatalf("after ClearMap: %v", m)
	}
	ClearMap(map[any]int(nil)) // a nil map: nothing to do
}
