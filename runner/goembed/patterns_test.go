package goembed

import (
	"slices"
	"testing"
)

func TestPatterns(t *testing.T) {
	src := "package main\n\nimport \"embed\"\n\n//go:embed index.html \"static/*.css\"\n//go:embed all:assets\nvar site embed.FS\n\n// go:embed not.txt is prose, not a directive\nvar x = 1 //go:embed also.txt\n"
	got := Patterns([]byte(src))
	want := []string{"index.html", "static/*.css", "all:assets", "also.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("Patterns = %q, want %q", got, want)
	}
	for _, src := range []string{"package main\n", "package main\n\n//go:embed a.txt\nvar s string = \n"} {
		if got := Patterns([]byte(src)); got != nil {
			t.Errorf("Patterns(%q) = %q, want none", src, got)
		}
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		pattern, rel string
		want         bool
	}{
		{"a.txt", "a.txt", true},
		{"a.txt", "b.txt", false},
		{"static/*.css", "static/site.css", true},
		{"static/*.css", "static/site.js", false},
		{"static", "static/css/site.css", true},
		{"static", "static/.hidden", false},
		{"static", "static/_draft/page.html", false},
		{"all:static", "static/_draft/page.html", true},
		{"static/*", "static/css/site.css", true},
		{"templates", "templates.go", false},
		{"*.html", "pages/index.html", false},
	}
	for _, tt := range tests {
		if got := Matches(tt.pattern, tt.rel); got != tt.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", tt.pattern, tt.rel, got, tt.want)
		}
	}
}
