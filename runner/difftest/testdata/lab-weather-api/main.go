// difftest: same
package main

// A weather API of the lab's own: nested JSON with struct tags, omitempty
// and a slice of readings; the client decodes into its own structs (only
// the fields it needs), handles a 404 with a JSON error body, and prints
// a summary with %.1f.

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
)

type Reading struct {
	Hour  int     `json:"hour"`
	TempC float64 `json:"temp_c"`
	Rain  bool    `json:"rain,omitempty"`
}

type Forecast struct {
	City     string    `json:"city"`
	Country  string    `json:"country,omitempty"`
	Readings []Reading `json:"readings"`
	Note     *string   `json:"note,omitempty"`
}

var data = map[string]Forecast{
	"singapore": {City: "Singapore", Country: "SG", Readings: []Reading{{9, 27.5, false}, {12, 31.25, false}, {15, 29, true}}},
	"oslo":      {City: "Oslo", Readings: []Reading{{12, -3.5, false}}},
}

func api(w http.ResponseWriter, r *http.Request) {
	city := strings.ToLower(strings.TrimPrefix(r.URL.Path, "/forecast/"))
	f, ok := data[city]
	w.Header().Set("Content-Type", "application/json")
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]string{"error": "unknown city " + city})
		return
	}
	json.NewEncoder(w).Encode(f)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(api))
	for _, city := range []string{"Singapore", "oslo", "atlantis"} {
		resp, err := http.Get("http://" + ln.Addr().String() + "/forecast/" + city)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if resp.StatusCode != http.StatusOK {
			var e struct {
				Error string `json:"error"`
			}
			json.NewDecoder(resp.Body).Decode(&e)
			resp.Body.Close()
			fmt.Printf("%s: %d %s\n", city, resp.StatusCode, e.Error)
			continue
		}
		var f struct {
			City     string
			Readings []struct {
				Hour  int
				TempC float64 `json:"temp_c"`
				Rain  bool
			}
		}
		err = json.NewDecoder(resp.Body).Decode(&f)
		resp.Body.Close()
		if err != nil {
			fmt.Println("decode:", err)
			continue
		}
		sum, rainy := 0.0, 0
		for _, r := range f.Readings {
			sum += r.TempC
			if r.Rain {
				rainy++
			}
		}
		fmt.Printf("%s: %d readings, mean %.1f°C, %d rainy, %+v\n", f.City, len(f.Readings), sum/float64(len(f.Readings)), rainy, f.Readings[0])
	}
	b, _ := json.MarshalIndent(data["oslo"], "", "  ")
	fmt.Println(string(b))
}
