package grade

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
)

// WriteJSON writes the class as one JSON document, which --merge reads
// back.
func WriteJSON(w io.Writer, c *Class) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(c)
}

// Merge reads the JSON documents of several gradings of one lesson (the
// shards of a class) and returns them as one class.
func Merge(files []string) (*Class, error) {
	var all *Class
	seen := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", f, err)
		}
		var c Class
		if err := json.Unmarshal(data, &c); err != nil {
			return nil, fmt.Errorf("%s is not the JSON of socklab grade --json: %w", f, err)
		}
		if all == nil {
			all = &Class{Lesson: c.Lesson, Tests: c.Tests}
		} else if c.Lesson != all.Lesson {
			return nil, fmt.Errorf("%s grades %s, and %s grades %s: merge the results of one lesson", files[0], all.Lesson, f, c.Lesson)
		}
		for _, r := range c.Students {
			if other, ok := seen[r.Student]; ok {
				return nil, fmt.Errorf("%s is graded in both %s and %s", r.Student, other, f)
			}
			seen[r.Student] = f
			r.total()
			all.Students = append(all.Students, r)
		}
	}
	if all == nil {
		return nil, fmt.Errorf("no results to merge")
	}
	sort.Slice(all.Students, func(i, j int) bool { return all.Students[i].Student < all.Students[j].Student })
	return all, nil
}
