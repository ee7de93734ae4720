// difftest: same
package main

// The Go Programming Language, 4.5: movies to JSON and back, with field
// tags, omitempty, MarshalIndent, and decoding into a smaller struct.

import (
	"encoding/json"
	"fmt"
	"log"
)

type Movie struct {
	Title  string
	Year   int  `json:"released"`
	Color  bool `json:"color,omitempty"`
	Actors []string
	Rating *float64 `json:",omitempty"`
}

var movies = []Movie{
	{Title: "Casablanca", Year: 1942, Color: false,
		Actors: []string{"Humphrey Bogart", "Ingrid Bergman"}},
	{Title: "Cool Hand Luke", Year: 1967, Color: true,
		Actors: []string{"Paul Newman"}},
	{Title: "Bullitt", Year: 1968, Color: true,
		Actors: []string{"Steve McQueen", "Jacqueline Bisset"}},
}

func main() {
	data, err := json.Marshal(movies)
	if err != nil {
		log.Fatalf("JSON marshaling failed: %s", err)
	}
	fmt.Printf("%s\n", data)

	r := 8.5
	movies[1].Rating = &r
	data, err = json.MarshalIndent(movies[:2], "", "    ")
	if err != nil {
		log.Fatalf("JSON marshaling failed: %s", err)
	}
	fmt.Printf("%s\n", data)

	var titles []struct{ Title string }
	if err := json.Unmarshal(data, &titles); err != nil {
		log.Fatalf("JSON unmarshaling failed: %s", err)
	}
	fmt.Println(titles)

	var back []Movie
	err = json.Unmarshal(data, &back)
	fmt.Println(err, len(back), back[1].Year, *back[1].Rating, back[0].Rating == nil)
	fmt.Printf("%+v\n", back[0])

	var generic []map[string]any
	json.Unmarshal(data, &generic)
	fmt.Println(generic[1]["released"], generic[1]["color"], generic[0]["color"])
	err = json.Unmarshal([]byte(`[{"released": "soon"}]`), &back)
	fmt.Println(err)
	fmt.Println(json.Valid(data), json.Valid([]byte("{")))
}
