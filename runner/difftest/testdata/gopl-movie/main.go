// difftest: same
package main

// movie of chapter 4 of The Go Programming Language: json.Marshal and
// MarshalIndent of a slice of structs with field tags (a JSON name,
// omitempty), then Unmarshal into a slice of anonymous structs that keeps
// only the titles; and the errors of a bad document.

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
	{
		data, err := json.Marshal(movies)
		if err != nil {
			log.Fatalf("JSON marshaling failed: %s", err)
		}
		fmt.Printf("%s\n", data)
	}
	{
		data, err := json.MarshalIndent(movies, "", "    ")
		if err != nil {
			log.Fatalf("JSON marshaling failed: %s", err)
		}
		fmt.Printf("%s\n", data)

		var titles []struct{ Title string }
		if err := json.Unmarshal(data, &titles); err != nil {
			log.Fatalf("JSON unmarshaling failed: %s", err)
		}
		fmt.Println(titles) // "[{Casablanca} {Cool Hand Luke} {Bullitt}]"

		var back []Movie
		if err := json.Unmarshal(data, &back); err != nil {
			log.Fatalf("JSON unmarshaling failed: %s", err)
		}
		fmt.Printf("%+v\n", back[1])
	}
	var m Movie
	err := json.Unmarshal([]byte(`{"Title": "X", "released": "soon"}`), &m)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Title": `), &m)
	fmt.Println(err, m.Title)
}
