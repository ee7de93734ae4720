package lessontest

import "testing"

func TestParseStat(t *testing.T) {
	tests := []struct {
		stat      string
		pid, ppid int
		ok        bool
	}{
		{"1234 (socklab) S 1200 1234 1200 0 -1", 1234, 1200, true},
		{"77 (a (strange) name) R 5 77 5", 77, 5, true},
		{"88 (two words) S 9 88", 88, 9, true},
		{"garbage", 0, 0, false},
		{"12 (cut", 0, 0, false},
	}
	for _, tt := range tests {
		pid, ppid, ok := parseStat(tt.stat)
		if ok != tt.ok || (ok && (pid != tt.pid || ppid != tt.ppid)) {
			t.Errorf("parseStat(%q) = %d, %d, %v; want %d, %d, %v", tt.stat, pid, ppid, ok, tt.pid, tt.ppid, tt.ok)
		}
	}
}

func TestLoopbackPool(t *testing.T) {
	a, err := newLoopbackPool()
	if err != nil {
		t.Fatal(err)
	}
	defer a.close()
	b, err := newLoopbackPool()
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	if a.second == b.second {
		t.Fatalf("two pools share 127.%d.x.y", a.second)
	}
	seen := map[string]bool{}
	for range 600 {
		addr, err := a.take()
		if err != nil {
			t.Fatal(err)
		}
		if seen[addr] {
			t.Fatalf("%s handed out twice", addr)
		}
		seen[addr] = true
	}
}
