package confine

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestDataInUse: what dataInUse reads in statm is the VmData that status
// shows, plus the main thread's stack (VmStk); the two are read a moment
// apart, while the runtime may map more.
func TestDataInUse(t *testing.T) {
	got := dataInUse()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	kb := map[string]int64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		if k == "VmData" || k == "VmStk" {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			kb[k] = n
		}
	}
	data, stack := kb["VmData"]<<10, kb["VmStk"]<<10
	if data == 0 {
		t.Fatal("no VmData in /proc/self/status")
	}
	if want := data + stack; got <= 0 || got-want > 4<<20 || want-got > 4<<20 {
		t.Errorf("dataInUse() = %d, VmData + VmStk = %d + %d", got, data, stack)
	}
}
