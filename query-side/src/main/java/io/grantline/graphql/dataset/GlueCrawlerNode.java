package io.grantline.graphql.dataset;

/** data.all's GlueCrawler: the crawler's name and the status of its newest run. */
public record GlueCrawlerNode(String Name, String status) {
}
