package watch

import "testing"

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"server.go", false},
		{"client1.go", false},
		{"rules.go", false},
		{".server.go.swp", true},
		{".server.go.swx", true},
		{".server.go.swo", true},
		{"server.go~", true},
		{"4913", true},
		{".#server.go", true},
		{"#server.go#", true},
		{"server.go.tmp", true},
		{"server.go.bak", true},
		{"server.go.orig", true},
		{"server.go___jb_tmp___", true},
		{"server.go___jb_old___", true},
		{".goutputstream-ABC123", true},
		{"", true},
	}
	for _, tt := range tests {
		if got := Ignored(tt.name); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
