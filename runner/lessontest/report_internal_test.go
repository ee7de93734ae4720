package lessontest

import (
	"strings"
	"testing"
)

// TestReadReport checks that the harness takes from a test's process its
// one report, carrying the secret it was given, and nothing else.
func TestReadReport(t *testing.T) {
	const nonce = "0123456789abcdef"
	good := `{"Nonce":"` + nonce + `","Status":"passed","Output":"ok\n"}` + "\n"
	tests := []struct {
		name, data, err string
	}{
		{"the report", good, ""},
		{"none", "", "without a report"},
		{"another secret", strings.Replace(good, nonce, "fedcba9876543210", 1), "not its own"},
		{"a second report after it", good + good, "not its own"},
		{"a forged one before it", `{"Nonce":"","Status":"passed"}` + good, "not its own"},
		{"not JSON", "passed\n", "not its own"},
		{"an unknown status", strings.Replace(good, "passed", "great", 1), `reported "great"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := readReport([]byte(tt.data), nonce)
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.err == "" && (rep.Status != Passed || rep.Output != "ok\n"):
				t.Errorf("report %+v", rep)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("error %v, want one that says %q", err, tt.err)
			}
		})
	}
}
