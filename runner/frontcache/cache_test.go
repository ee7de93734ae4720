package frontcache

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestKeyOf(t *testing.T) {
	if KeyOf([]byte("ab"), []byte("c")) == KeyOf([]byte("a"), []byte("bc")) {
		t.Error("the parts' ends do not count")
	}
	if KeyOf([]byte("a")) != KeyOf([]byte("a")) {
		t.Error("one key for the same parts differs")
	}
}

// TestPutGet checks that an entry comes back as it was stored, and that a
// damaged one is no entry.
func TestPutGet(t *testing.T) {
	c, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	k := KeyOf([]byte("script"))
	if _, ok := c.Get(k); ok {
		t.Fatal("an entry in an empty cache")
	}
	data := []byte("the front end's work")
	if err := c.Put(k, data); err != nil {
		t.Fatal(err)
	}
	got, ok := c.Get(k)
	if !ok || string(got) != string(data) {
		t.Fatalf("Get = %q, %v; want %q", got, ok, data)
	}
	if _, ok := c.Get(KeyOf([]byte("other"))); ok {
		t.Error("an entry for another key")
	}
	whole, err := os.ReadFile(c.file(k))
	if err != nil {
		t.Fatal(err)
	}
	for name, damaged := range map[string][]byte{
		"truncated":     whole[:len(whole)-3],
		"a bit flipped": append(append([]byte{}, whole[:len(whole)-1]...), whole[len(whole)-1]^1),
		"empty":         nil,
		"no header":     data,
	} {
		if err := os.WriteFile(c.file(k), damaged, 0o600); err != nil {
			t.Fatal(err)
		}
		if got, ok := c.Get(k); ok {
			t.Errorf("%s: Get = %q, want no entry", name, got)
		}
	}
}

// TestTrim checks that Trim removes entries unused for long and leftover
// temporary files, keeps the others, and runs at most once a day.
func TestTrim(t *testing.T) {
	dir := t.TempDir()
	c, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	old, fresh := KeyOf([]byte("old")), KeyOf([]byte("fresh"))
	for _, k := range []Key{old, fresh} {
		if err := c.Put(k, []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	tmp := filepath.Join(dir, "tmp-123")
	if err := os.WriteFile(tmp, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	long := now.Add(-Unused - time.Hour)
	for _, name := range []string{c.file(old), tmp} {
		if err := os.Chtimes(name, long, long); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Trim(now); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(old); ok {
		t.Error("an entry unused for long was kept")
	}
	if _, err := os.Stat(tmp); err == nil {
		t.Error("a leftover temporary file was kept")
	}
	if _, ok := c.Get(fresh); !ok {
		t.Error("a fresh entry was removed")
	}
	if err := os.Chtimes(c.file(fresh), long, long); err != nil {
		t.Fatal(err)
	}
	if err := c.Trim(now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(c.file(fresh)); err != nil {
		t.Error("Trim ran again within a day")
	}
}

// TestGetMarksUsed checks that an entry found is marked used.
func TestGetMarksUsed(t *testing.T) {
	c, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	k := KeyOf([]byte("s"))
	if err := c.Put(k, []byte("x")); err != nil {
		t.Fatal(err)
	}
	long := time.Now().Add(-Unused - time.Hour)
	if err := os.Chtimes(c.file(k), long, long); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(k); !ok {
		t.Fatal("no entry")
	}
	if err := c.Trim(time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(k); !ok {
		t.Error("an entry found by Get was trimmed")
	}
}
