"""What an article is: razdel tokens and sentences, and the article's layout."""
