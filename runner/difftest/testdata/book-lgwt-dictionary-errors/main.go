// difftest: same
package main

// Learn Go with Tests, Maps: a Dictionary type on a map with Search, Add,
// Update and Delete, and constant errors of a DictionaryErr string type.

import "fmt"

const (
	ErrNotFound         = DictionaryErr("could not find the word you were looking for")
	ErrWordExists       = DictionaryErr("cannot add word because it already exists")
	ErrWordDoesNotExist = DictionaryErr("cannot perform operation on word because it does not exist")
)

type DictionaryErr string

func (e DictionaryErr) Error() string {
	return string(e)
}

type Dictionary map[string]string

func (d Dictionary) Search(word string) (string, error) {
	definition, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return definition, nil
}

func (d Dictionary) Add(word, definition string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		d[word] = definition
	case nil:
		return ErrWordExists
	default:
		return err
	}
	return nil
}

func (d Dictionary) Update(word, definition string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		return ErrWordDoesNotExist
	case nil:
		d[word] = definition
	default:
		return err
	}
	return nil
}

func (d Dictionary) Delete(word string) {
	delete(d, word)
}

func main() {
	dictionary := Dictionary{"test": "this is just a test"}
	fmt.Println(dictionary.Search("test"))
	_, err := dictionary.Search("unknown")
	fmt.Println(err, err == ErrNotFound)

	fmt.Println(dictionary.Add("test", "new"))
	fmt.Println(dictionary.Add("go", "a language"))
	fmt.Println(dictionary.Update("rust", "another"))
	fmt.Println(dictionary.Update("go", "a programming language"))
	dictionary.Delete("test")
	fmt.Println(dictionary, len(dictionary))

	var e error = ErrWordExists
	if de, ok := e.(DictionaryErr); ok {
		fmt.Printf("%q\n", string(de))
	}
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
