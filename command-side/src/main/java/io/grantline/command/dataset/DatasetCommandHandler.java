package io.grantline.command.dataset;

import io.grantline.api.dataset.DatasetCommands.CreateDataset;
import io.grantline.api.dataset.DatasetCommands.DeleteDataset;
import io.grantline.command.lookup.DatasetBucketLinks;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Dataset commands that also change the set-wide bucket links: a bucket backs one live dataset. The aggregate
 * decides first; a refused link then rolls the whole unit of work back, events included.
 */
public class DatasetCommandHandler {

    private final Repository<Dataset> datasets;
    private final DatasetBucketLinks buckets;

    public DatasetCommandHandler(Repository<Dataset> datasets, DatasetBucketLinks buckets) {
        this.datasets = datasets;
        this.buckets = buckets;
    }

    @CommandHandler
    public String handle(CreateDataset command) throws Exception {
        Aggregate<Dataset> dataset = datasets.newInstance(() -> new Dataset(command));
        buckets.link(dataset.identifierAsString(), dataset.invoke(Dataset::bucketName),
                Dataset.creationAction(command));
        return dataset.identifierAsString();
    }

    @CommandHandler
    public void handle(DeleteDataset command) {
        datasets.load(command.datasetUri()).execute(dataset -> dataset.delete(command));
        buckets.unlink(command.datasetUri());
    }
}
