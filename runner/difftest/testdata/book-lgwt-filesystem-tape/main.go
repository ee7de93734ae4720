// difftest: same
package main

// Learn Go with Tests, IO and sorting: a FileSystemPlayerStore that reads
// its league from a file as JSON, sorts it by wins, and on each win
// writes it back from the start through a tape that seeks and truncates;
// on a temporary file of the program's own folder.

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
)

type Player struct {
	Name string
	Wins int
}

type League []Player

func (l League) Find(name string) *Player {
	for i, p := range l {
		if p.Name == name {
			return &l[i]
		}
	}
	return nil
}

func NewLeague(rdr io.Reader) (League, error) {
	var league []Player
	err := json.NewDecoder(rdr).Decode(&league)
	if err != nil {
		err = fmt.Errorf("problem parsing league, %v", err)
	}
	return league, err
}

type tape struct {
	file *os.File
}

func (t *tape) Write(p []byte) (n int, err error) {
	t.file.Truncate(0)
	t.file.Seek(0, io.SeekStart)
	return t.file.Write(p)
}

type FileSystemPlayerStore struct {
	database *json.Encoder
	league   League
}

func initialisePlayerDBFile(file *os.File) error {
	file.Seek(0, io.SeekStart)
	info, err := file.Stat()
	if err != nil {
		return fmt.Errorf("problem getting file info from file %s, %v", file.Name(), err)
	}
	if info.Size() == 0 {
		file.Write([]byte("[]"))
		file.Seek(0, io.SeekStart)
	}
	return nil
}

func NewFileSystemPlayerStore(file *os.File) (*FileSystemPlayerStore, error) {
	if err := initialisePlayerDBFile(file); err != nil {
		return nil, err
	}
	league, err := NewLeague(file)
	if err != nil {
		return nil, fmt.Errorf("problem loading player store from file %s, %v", "db", err)
	}
	return &FileSystemPlayerStore{database: json.NewEncoder(&tape{file}), league: league}, nil
}

func (f *FileSystemPlayerStore) GetLeague() League {
	sort.Slice(f.league, func(i, j int) bool { return f.league[i].Wins > f.league[j].Wins })
	return f.league
}

func (f *FileSystemPlayerStore) GetPlayerScore(name string) int {
	if player := f.league.Find(name); player != nil {
		return player.Wins
	}
	return 0
}

func (f *FileSystemPlayerStore) RecordWin(name string) {
	player := f.league.Find(name)
	if player != nil {
		player.Wins++
	} else {
		f.league = append(f.league, Player{name, 1})
	}
	f.database.Encode(f.league)
}

func createTempFile(initialData string) (*os.File, func()) {
	tmpfile, err := os.CreateTemp(".", "db")
	if err != nil {
		panic(err)
	}
	tmpfile.Write([]byte(initialData))
	removeFile := func() {
		tmpfile.Close()
		os.Remove(tmpfile.Name())
	}
	return tmpfile, removeFile
}

func main() {
	database, cleanDatabase := createTempFile(`[
		{"Name": "Cleo", "Wins": 10},
		{"Name": "Chris", "Wins": 33}]`)
	defer cleanDatabase()

	store, err := NewFileSystemPlayerStore(database)
	fmt.Println(err)
	fmt.Println(store.GetLeague())
	fmt.Println(store.GetPlayerScore("Chris"))
	store.RecordWin("Chris")
	store.RecordWin("Pepper")
	fmt.Println(store.GetPlayerScore("Chris"), store.GetPlayerScore("Pepper"))
	data, _ := os.ReadFile(database.Name())
	fmt.Print(string(data))

	again, err := NewFileSystemPlayerStore(database)
	fmt.Println(again.GetLeague(), err)

	empty, cleanEmpty := createTempFile("")
	defer cleanEmpty()
	es, err := NewFileSystemPlayerStore(empty)
	fmt.Println(es.GetLeague(), err)

	bad, cleanBad := createTempFile("not json")
	defer cleanBad()
	_, err = NewFileSystemPlayerStore(bad)
	fmt.Println(err)
}
