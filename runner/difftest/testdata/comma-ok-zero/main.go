// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// A score board that reads "name points" lines, some with a bonus field
// that may be a number or not.
func main() {
	scores := map[string]int{}
	lines := []string{
		`{"name": "ann", "points": 3, "bonus": 2}`,
		`{"name": "bob", "points": 5, "bonus": "none"}`,
		`{"name": "ann", "points": 1}`,
		`{"name": "cid", "points": "x"}`,
		`{"name": "bob", "points": 2, "bonus": 1.5}`,
	}
	for _, line := range lines {
		var msg map[string]any
		if err := json.Unmarshal([]byte(line), &msg); err != nil {
			fmt.Println("bad line:", err)
			continue
		}
		name, _ := msg["name"].(string)
		points, ok := msg["points"].(float64)
		if !ok {
			fmt.Printf("%s: points %v are not a number (read as %v)\n", name, msg["points"], points)
		}
		bonus, hasBonus := msg["bonus"].(float64)
		fmt.Printf("%s: %v points, bonus %v (%v)\n", name, points, bonus, hasBonus)
		before, seen := scores[name]
		scores[name] = before + int(points+bonus)
		fmt.Printf("  %s had %d (seen before: %v), now %d\n", name, before, seen, scores[name])
	}
	for _, name := range strings.Fields("ann dan bob") {
		total, ok := scores[name]
		fmt.Println(name, total, ok)
	}
}
