package confine

import (
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1GiB", 1 << 30, true},
		{"1g", 1 << 30, true},
		{"200MiB", 200 << 20, true},
		{"64mb", 64 << 20, true},
		{"512KiB", 512 << 10, true},
		{"4096", 4096, true},
		{"none", -1, true},
		{"0", 0, false},
		{"-1", 0, false},
		{"lots", 0, false},
		{"1TiB", 0, false},
		{"99999999999G", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if (err == nil) != tt.ok || (tt.ok && got != tt.want) {
			t.Errorf("ParseSize(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if tt.ok {
			if back, err := ParseSize(Size(got)); err != nil || back != got {
				t.Errorf("ParseSize(Size(%d)) = %d, %v", got, back, err)
			}
		}
	}
}

func TestLimitsEnv(t *testing.T) {
	l := Limits{Memory: 300 << 20, Files: -1, Threads: 12}
	env := map[string]string{}
	for _, kv := range l.Env() {
		k, v, _ := strings.Cut(kv, "=")
		env[k] = v
	}
	got, err := LimitsFromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if want := l.WithDefaults(); got != want {
		t.Errorf("round trip: %+v, want %+v", got, want)
	}
	if got, _ := LimitsFromEnv(func(string) string { return "" }); got != DefaultLimits {
		t.Errorf("no environment: %+v, want the defaults", got)
	}
	if _, err := LimitsFromEnv(func(string) string { return "x" }); err == nil {
		t.Error("a bad entry was taken")
	}
}

func TestExplain(t *testing.T) {
	msg := Explain("open x: too many open files", Limits{Files: 9})
	if !strings.Contains(msg, "9 files") || !strings.Contains(msg, FlagFiles) {
		t.Errorf("Explain = %q", msg)
	}
	if msg := Explain("index out of range", Limits{}); msg != "index out of range" {
		t.Errorf("Explain changed an unrelated message: %q", msg)
	}
}
